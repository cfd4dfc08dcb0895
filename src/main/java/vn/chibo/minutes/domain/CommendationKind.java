package vn.chibo.minutes.domain;

/** Praise before the cell, or a proposal to a higher level for an award. */
public enum CommendationKind {
    PRAISE,
    PROPOSAL
}
