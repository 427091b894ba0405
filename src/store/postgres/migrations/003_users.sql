-- Users and API tokens (src/auth). Passwords are stored as KDF strings, tokens as sha256 hex:
-- a stolen database yields neither. Names are unique regardless of case, as in SQLite.
CREATE TABLE users (
  id bigserial PRIMARY KEY,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
  password_hash text,
  created_at text NOT NULL
);
CREATE UNIQUE INDEX users_name ON users (lower(name));

CREATE TABLE api_tokens (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  token_hash text NOT NULL UNIQUE,
  label text,
  created_at text NOT NULL,
  last_used_at text,
  revoked_at text
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);
