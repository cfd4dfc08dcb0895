package vn.chibo.organization.service;

/** A member found by search: who, and in which cell. */
public record MemberHit(long id, long cellId, String fullName) {}
