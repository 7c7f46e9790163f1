"""the organisers' desk: tokens, actions, instructions on inbound mail

Revision ID: 0002
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('inbound_mail', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reason_code', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('question', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('instruction', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('resolved_by', sa.String(length=320), nullable=True))
        batch_op.add_column(sa.Column('resolved_at', sa.DateTime(), nullable=True))
    op.create_table(
        'desk_tokens',
        sa.Column('token', sa.String(length=20), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('item_id', sa.Integer(), nullable=True),
        sa.Column('proposal', sa.Text(), nullable=True),
        sa.Column('payload', sa.LargeBinary(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('used_by', sa.String(length=320), nullable=True),
        sa.Column('used_at', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('token'),
    )
    op.create_table(
        'desk_actions',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('by', sa.String(length=320), nullable=False),
        sa.Column('command', sa.Text(), nullable=False),
        sa.Column('outcome', sa.String(length=20), nullable=False),
        sa.Column('summary', sa.Text(), nullable=False),
        sa.Column('item_id', sa.Integer(), nullable=True),
        sa.Column('codes', sa.Text(), nullable=True),
        sa.Column('inbound_id', sa.Integer(), nullable=True),
        sa.Column('reported_at', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_desk_actions_reported', 'desk_actions', ['reported_at'])


def downgrade() -> None:
    op.drop_index('ix_desk_actions_reported', table_name='desk_actions')
    op.drop_table('desk_actions')
    op.drop_table('desk_tokens')
    with op.batch_alter_table('inbound_mail', schema=None) as batch_op:
        for name in ('resolved_at', 'resolved_by', 'instruction', 'question', 'reason_code'):
            batch_op.drop_column(name)
