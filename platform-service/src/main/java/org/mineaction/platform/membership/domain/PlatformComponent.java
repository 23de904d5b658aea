package org.mineaction.platform.membership.domain;

/** The components (éléments) of a platform a member takes part in. */
public enum PlatformComponent {
    POLITICAL,
    TECHNICAL,
    PARTICIPATORY,
    RESOURCE_MOBILISATION
}
