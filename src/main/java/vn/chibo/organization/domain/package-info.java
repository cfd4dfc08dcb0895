/** The party tree (đảng bộ → chi bộ), members, their exemptions and the history of their cells. */
@NullMarked
package vn.chibo.organization.domain;

import org.jspecify.annotations.NullMarked;
