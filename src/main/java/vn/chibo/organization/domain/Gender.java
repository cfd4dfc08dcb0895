package vn.chibo.organization.domain;

public enum Gender {
    NAM,
    NU
}
