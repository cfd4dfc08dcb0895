/** Authentication support: the current user, accounts, lock-out after failed logins. */
@NullMarked
package vn.chibo.security.service;

import org.jspecify.annotations.NullMarked;
