// The actor stage: find actors in a text (findActors) and give them ACLED roles in an event
// (assignRoles). Knowledge lives in data/*.json; see dictionary.ts for the layout.

export { findActors, type FindActorsOptions } from './find.ts';
export { assignRoles, type Role, type Roles } from './roles.ts';
export { loadActorDictionary, periodOf, entryName } from './dictionary.ts';
