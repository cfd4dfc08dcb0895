package vn.chibo.organization.domain;

/** A member's position in the cell, highest first. */
public enum Position {
    BI_THU,
    PHO_BI_THU,
    CHI_UY_VIEN,
    DANG_VIEN;

    /** Bí thư and phó bí thư run the cell and get the SECRETARY role. */
    public boolean leadsCell() {
        return this == BI_THU || this == PHO_BI_THU;
    }
}
