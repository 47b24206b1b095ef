import { DirectiveCooperation } from '../directives/directive-cooperation.entity.js';
import { Directive } from '../directives/directive.entity.js';
import { Attendee } from '../meetings/attendee.entity.js';
import { Meeting } from '../meetings/meeting.entity.js';
import { Speech } from '../meetings/speech.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../organizations/person.entity.js';

/** Every entity, listed explicitly: globs behave differently under tsc, Jest ESM and node. */
export const ENTITIES = [Organization, Person, Meeting, Attendee, Speech, Directive, DirectiveCooperation];
