import type { Api, Deps } from '../deps.ts';
import { registerAttendanceReport, registerReplaceAttendance } from './attendance.ts';
import { registerCreateMeeting } from './create.ts';
import { registerGetMeeting } from './get.ts';
import { registerAddMeetingItem, registerUpdateMeetingItem } from './items.ts';
import { registerListMeetings } from './list.ts';

/** Weekly team meetings: attendance, and minutes that respect each participant's consent. */
export function registerMeetingRoutes(app: Api, deps: Deps) {
  registerListMeetings(app, deps);
  registerAttendanceReport(app, deps);
  registerCreateMeeting(app, deps);
  registerGetMeeting(app, deps);
  registerAddMeetingItem(app, deps);
  registerUpdateMeetingItem(app, deps);
  registerReplaceAttendance(app, deps);
}
