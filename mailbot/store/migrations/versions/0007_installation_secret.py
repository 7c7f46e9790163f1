"""installation: one secret per database, the key of our Message-IDs (a code must not let anyone compute them)

Revision ID: 0007
Revises: 0006
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('installation',
                    sa.Column('id', sa.Integer(), nullable=False),
                    sa.Column('secret', sa.String(length=64), nullable=False),
                    sa.PrimaryKeyConstraint('id'))


def downgrade() -> None:
    op.drop_table('installation')
