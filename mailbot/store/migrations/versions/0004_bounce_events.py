"""bounce events: delivery failures of our mails, counted per address and day

Revision ID: 0004
Revises: 0003
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('bounce_events',
                    sa.Column('id', sa.Integer(), nullable=False),
                    sa.Column('address', sa.String(length=320), nullable=False),
                    sa.Column('at', sa.DateTime(), nullable=False),
                    sa.Column('severity', sa.String(length=20), nullable=False),
                    sa.Column('status', sa.String(length=20), nullable=True),
                    sa.Column('inbound_id', sa.Integer(), nullable=True),
                    sa.PrimaryKeyConstraint('id'))
    op.create_index('ix_bounce_events_address', 'bounce_events', ['address'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_bounce_events_address', table_name='bounce_events')
    op.drop_table('bounce_events')
