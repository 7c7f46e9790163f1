"""per-mail reads without scans: indexes on lower-cased addresses and names, a registration's attendees, the
queue number, municipalities, the replies to a sender and the activity of an attendee; attendees per status counted by triggers

Before this, each mail's decision counted the outbox over lower(recipient), scanned attendees joined to
registrations on lower(email) OR lower(sender_email), and counted attendees by status and municipality: the cost
of a mail grew with every mail before it (issue 13, item 1).

The lower-cased values are expression indexes rather than extra columns: the database keeps them in step with
the row whoever writes it (the desk's edits, the purge, an erasure), and the queries keep their meaning.

Revision ID: 0006
Revises: 0005
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

INDEXES = (
    ('ix_attendees_email_lower', 'attendees', ('lower(email)',)),
    ('ix_attendees_name_lower', 'attendees', ('lower(name)',)),
    ('ix_attendees_registration', 'attendees', ('registration_id', 'status')),
    ('ix_attendees_queue_seq', 'attendees', ('queue_seq',)),
    ('ix_registrations_sender_lower', 'registrations', ('lower(sender_email)',)),
    ('ix_registrations_ags', 'registrations', ('ags',)),
    ('ix_outbox_recipient_lower', 'outbox', ('lower(recipient)', 'created_at', 'kind')),
    ('ix_activity_attendee', 'activity', ('attendee_id',)),
)

# One row per status; +1 for a new attendee, -1/+1 when the status changes, -1 when the row goes.
_UPSERT = ("INSERT INTO attendee_counts (status, n) VALUES (NEW.status, 1) "
           "ON CONFLICT (status) DO UPDATE SET n = attendee_counts.n + 1")
_DECREMENT = "UPDATE attendee_counts SET n = n - 1 WHERE status = OLD.status"

SQLITE_TRIGGERS = (
    f"CREATE TRIGGER attendee_counts_insert AFTER INSERT ON attendees BEGIN {_UPSERT}; END",
    f"CREATE TRIGGER attendee_counts_delete AFTER DELETE ON attendees BEGIN {_DECREMENT}; END",
    "CREATE TRIGGER attendee_counts_update AFTER UPDATE OF status ON attendees "
    f"WHEN OLD.status IS NOT NEW.status BEGIN {_DECREMENT}; {_UPSERT}; END",
)

POSTGRES_FUNCTION = f"""
CREATE FUNCTION attendee_counts_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.status IS NOT DISTINCT FROM NEW.status THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        {_DECREMENT};
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        {_UPSERT};
    END IF;
    RETURN NULL;
END
$$
"""
POSTGRES_TRIGGER = ("CREATE TRIGGER attendee_counts_keep AFTER INSERT OR DELETE OR UPDATE OF status ON attendees "
                    "FOR EACH ROW EXECUTE FUNCTION attendee_counts_keep()")


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, [sa.text(c) if '(' in c else c for c in columns], unique=False)
    op.create_table('attendee_counts',
                    sa.Column('status', sa.String(length=20), nullable=False),
                    sa.Column('n', sa.Integer(), nullable=False),
                    sa.PrimaryKeyConstraint('status'))
    # Backfill, then keep: the same transaction, so no attendee is missed or counted twice.
    op.execute("INSERT INTO attendee_counts (status, n) SELECT status, count(*) FROM attendees GROUP BY status")
    if op.get_bind().dialect.name == 'postgresql':
        op.execute(POSTGRES_FUNCTION)
        op.execute(POSTGRES_TRIGGER)
    else:
        for statement in SQLITE_TRIGGERS:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute("DROP TRIGGER IF EXISTS attendee_counts_keep ON attendees")
        op.execute("DROP FUNCTION IF EXISTS attendee_counts_keep()")
    else:
        for name in ('attendee_counts_insert', 'attendee_counts_delete', 'attendee_counts_update'):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table('attendee_counts')
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
