package vn.chibo.organization.domain;

/** A node of the party tree: a đảng bộ (committee, any level) or a chi bộ (cell, always a leaf). */
public enum OrganizationKind {
    DANG_BO,
    CHI_BO
}
