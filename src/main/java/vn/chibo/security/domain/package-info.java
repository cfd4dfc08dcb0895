/** Accounts and roles. */
@NullMarked
package vn.chibo.security.domain;

import org.jspecify.annotations.NullMarked;
