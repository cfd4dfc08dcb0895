package vn.chibo.minutes.domain;

/** How the cell voted: show of hands (giơ tay), secret ballot (phiếu kín) or electronic, member by member. */
public enum VoteMethod {
    HAND,
    SECRET,
    ELECTRONIC
}
