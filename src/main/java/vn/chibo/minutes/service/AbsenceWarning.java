package vn.chibo.minutes.service;

/** A member absent without excuse in {@code months} months of the year (three or more: the cell considers it). */
public record AbsenceWarning(String memberName, int months) {}
