import type { Actor } from '../common/actor.js';
import { directiveScope } from '../access/directive-scope.js';

/**
 * The lead agencies a report may show the viewer: none named (every agency)
 * for leaders, secretariat and admin; an agency role only the rows of the
 * agency it belongs to, i.e. the directives that agency leads. (A directive it
 * only cooperates on is another agency's row; it stays in GET /directives.)
 */
export function reportScope(viewer: Actor): string[] {
  const own = directiveScope(viewer);
  return own === null ? [] : [own];
}
