package org.mineaction.platform.registry.domain;

/** Whether a platform is running; a suspended platform keeps its history but sends nothing. */
public enum PlatformStatus {
    ACTIVE,
    SUSPENDED
}
