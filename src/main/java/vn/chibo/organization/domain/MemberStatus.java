package vn.chibo.organization.domain;

/** Chính thức (full) or dự bị (probationary, about twelve months after admission). */
public enum MemberStatus {
    CHINH_THUC,
    DU_BI
}
