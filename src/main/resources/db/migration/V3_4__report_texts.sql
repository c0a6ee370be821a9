-- Researchers' own text for a part of a wave's findings report (典型做法, 访谈发现 …), owned by `findings`.
-- Versioned: every edit is a new row with the next version number; the latest is shown, the history stays.
create sequence report_text_seq start with 1 increment by 50;
create table report_text (
    id       bigint primary key,
    wave_id  bigint       not null references wave (id),
    section  varchar(32)  not null
             check (section in ('overview', 'effects', 'problems', 'causes', 'countermeasures')),
    version  integer      not null check (version >= 1),
    title    varchar(40)  not null default '',
    body     text         not null check (length(body) <= 5000),
    author   varchar(64)  not null,
    saved_at timestamptz  not null,
    constraint report_text_wave_section_version_key unique (wave_id, section, version)
);
