/** The audit trail: who changed what and when. */
@NullMarked
package vn.chibo.audit.domain;

import org.jspecify.annotations.NullMarked;
