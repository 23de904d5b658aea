package org.mineaction.platform.governance.domain;

/** Whether the champion donor is always the same organisation or rotates by a schedule of terms. */
public enum ChampionMode {
    FIXED,
    ROTATING
}
