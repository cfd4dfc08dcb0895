/** The meeting calendar: rules, scheduling, per-meeting changes and calendar feeds. */
@NullMarked
package vn.chibo.meeting.service;

import org.jspecify.annotations.NullMarked;
