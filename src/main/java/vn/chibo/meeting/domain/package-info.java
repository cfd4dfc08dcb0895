/** Cell meetings: the calendar (rule, regular and thematic meetings), and calendar-feed tokens. */
@NullMarked
package vn.chibo.meeting.domain;

import org.jspecify.annotations.NullMarked;
