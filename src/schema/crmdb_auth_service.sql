/* crmdb/src/schema/crmdb_auth_service.sql: schema auth_service (users, roles, permissions, sessions) */

-- complain if script is sourced in psql, rather than run by crmdb.install()
\echo Use "SELECT crmdb.install()" to create this schema. \quit

-- crmdb.install() runs this script with search_path = pg_catalog, pg_temp:
-- every name is schema-qualified.  auth_service keeps its times as
-- timestamptz, as designed.

CREATE SCHEMA auth_service;
COMMENT ON SCHEMA auth_service IS
    'Authentication service: users, roles, permissions and login sessions';

-- users
CREATE TABLE auth_service.users (
    id              uuid NOT NULL DEFAULT pg_catalog.gen_random_uuid(),
    username        varchar(50) NOT NULL,
    email           varchar(100) NOT NULL,
    password_hash   varchar(255) NOT NULL,
    first_name      varchar(100) NULL,
    last_name       varchar(100) NULL,
    role            varchar(50) NOT NULL,
    is_active       boolean NOT NULL DEFAULT TRUE,
    created_at      timestamptz NOT NULL DEFAULT pg_catalog.now(),
    updated_at      timestamptz NOT NULL DEFAULT pg_catalog.now(),
    CONSTRAINT users_pkey PRIMARY KEY (id),
    CONSTRAINT users_username_key UNIQUE (username),
    CONSTRAINT users_email_key UNIQUE (email)
);
COMMENT ON TABLE auth_service.users IS
    'Stores user authentication and basic profile information';
COMMENT ON COLUMN auth_service.users.password_hash IS
    'Password hash (never the password itself)';
COMMENT ON COLUMN auth_service.users.role IS
    'Name of the user''s role (auth_service.roles.name)';

CREATE INDEX idx_users_role ON auth_service.users (role);

CREATE TRIGGER trg_users_updated_at
    BEFORE UPDATE ON auth_service.users
    FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at();

-- roles
CREATE TABLE auth_service.roles (
    id              uuid NOT NULL DEFAULT pg_catalog.gen_random_uuid(),
    name            varchar(50) NOT NULL,
    description     text NULL,
    created_at      timestamptz NOT NULL DEFAULT pg_catalog.now(),
    updated_at      timestamptz NOT NULL DEFAULT pg_catalog.now(),
    CONSTRAINT roles_pkey PRIMARY KEY (id),
    CONSTRAINT roles_name_key UNIQUE (name)
);
COMMENT ON TABLE auth_service.roles IS
    'Defines roles for role-based access control';

CREATE TRIGGER trg_roles_updated_at
    BEFORE UPDATE ON auth_service.roles
    FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at();

-- permissions
CREATE TABLE auth_service.permissions (
    id              uuid NOT NULL DEFAULT pg_catalog.gen_random_uuid(),
    role_id         uuid NOT NULL,
    resource        varchar(100) NOT NULL,
    action          varchar(50) NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT pg_catalog.now(),
    updated_at      timestamptz NOT NULL DEFAULT pg_catalog.now(),
    CONSTRAINT permissions_pkey PRIMARY KEY (id),
    CONSTRAINT permissions_role_id_resource_action_key
        UNIQUE (role_id, resource, action),
    CONSTRAINT permissions_role_id_fkey FOREIGN KEY (role_id)
        REFERENCES auth_service.roles (id) ON DELETE CASCADE
);
COMMENT ON TABLE auth_service.permissions IS
    'Defines permissions for each role';
COMMENT ON COLUMN auth_service.permissions.resource IS
    'What the permission is about (a screen, an API resource)';
COMMENT ON COLUMN auth_service.permissions.action IS
    'What the role may do with the resource';

CREATE INDEX idx_permissions_role_id ON auth_service.permissions (role_id);

CREATE TRIGGER trg_permissions_updated_at
    BEFORE UPDATE ON auth_service.permissions
    FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at();

-- user_sessions (no updated_at: a session row is written once)
CREATE TABLE auth_service.user_sessions (
    id              uuid NOT NULL DEFAULT pg_catalog.gen_random_uuid(),
    user_id         uuid NOT NULL,
    token           varchar(255) NOT NULL,
    expires_at      timestamptz NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT pg_catalog.now(),
    ip_address      varchar(50) NULL,
    user_agent      text NULL,
    CONSTRAINT user_sessions_pkey PRIMARY KEY (id),
    CONSTRAINT user_sessions_token_key UNIQUE (token),
    CONSTRAINT user_sessions_user_id_fkey FOREIGN KEY (user_id)
        REFERENCES auth_service.users (id) ON DELETE CASCADE
);
COMMENT ON TABLE auth_service.user_sessions IS
    'Tracks user login sessions';

CREATE INDEX idx_user_sessions_user_id ON auth_service.user_sessions (user_id);
CREATE INDEX idx_user_sessions_expires_at ON auth_service.user_sessions (expires_at);
