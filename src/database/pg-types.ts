import pg from 'pg';

const DATE_OID = 1082;

// A deadline is a calendar date, not an instant: keep 'YYYY-MM-DD' as the string
// PostgreSQL sends instead of letting `pg` turn it into midnight in the server's zone.
pg.types.setTypeParser(DATE_OID, (value: string) => value);
