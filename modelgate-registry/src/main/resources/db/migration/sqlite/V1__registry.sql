-- The registry: models, their versions, aliases and the hash-chained transitions of aliases (docs/registry.md).
create table models (
    id integer primary key,
    name text not null unique,
    created_by text not null,
    created_at text not null
);

create table versions (
    id integer primary key,
    model_id integer not null references models (id),
    version text not null,
    file_name text not null,
    bundle_sha256 text not null,
    model_sha256 text not null,
    metadata text not null,
    evidence text not null,
    created_by text not null,
    created_at text not null,
    unique (model_id, version)
);

create table aliases (
    model_id integer not null references models (id),
    alias text not null,
    version_id integer not null references versions (id),
    revision integer not null,
    primary key (model_id, alias)
);

create table transitions (
    seq integer primary key,
    model text not null,
    alias text not null,
    from_version text not null,
    to_version text not null,
    to_sha256 text not null,
    kind text not null,
    actor text not null,
    reason text not null,
    at text not null,
    prev text not null,
    hash text not null unique
);

create index transitions_by_alias on transitions (model, alias, seq);

-- One row: the newest transition's number and hash. Every alias move locks it, so moves are serialised and the
-- chain cannot fork.
create table chain_head (
    id integer primary key check (id = 1),
    seq integer not null,
    hash text not null
);

insert into chain_head (id, seq, hash) values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
