/** Writing the audit trail, in the caller's transaction. */
@NullMarked
package vn.chibo.audit.service;

import org.jspecify.annotations.NullMarked;
