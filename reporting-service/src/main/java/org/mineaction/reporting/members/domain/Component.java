package org.mineaction.reporting.members.domain;

/** The components of a national platform a member works in. */
public enum Component {
    POLITICAL,
    TECHNICAL,
    PARTICIPATORY,
    RESOURCE_MOBILISATION
}
