/** Creating notifications and e-mailing them after commit. */
@NullMarked
package vn.chibo.notification.service;

import org.jspecify.annotations.NullMarked;
