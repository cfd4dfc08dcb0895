/** The notification bell. */
@NullMarked
package vn.chibo.notification.ui;

import org.jspecify.annotations.NullMarked;
