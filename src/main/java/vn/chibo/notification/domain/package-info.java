/** In-app notifications for members. */
@NullMarked
package vn.chibo.notification.domain;

import org.jspecify.annotations.NullMarked;
