"""Jobs: work a server runs in the background for a case (adding articles), with its progress, kept in the store
so that any process serving the case can report on it."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update

from . import tables as t
from .case import Case, _now
from .engine import reading, writing

STATES = ("queued", "running", "done", "failed")


@dataclass(frozen=True, slots=True)
class Job:
    id: str
    case: str
    state: str
    done: int
    total: int
    message: str | None
    result: dict[str, Any] | None
    created: str
    updated: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "case": self.case,
            "state": self.state,
            "done": self.done,
            "total": self.total,
            "message": self.message,
            "result": self.result,
            "created": self.created,
            "updated": self.updated,
        }


def create_job(case: Case, total: int) -> str:
    job_id = uuid.uuid4().hex
    now = _now()
    with writing(case.engine) as conn:
        conn.execute(
            t.jobs.insert().values(
                id=job_id, case_id=case.id, state="queued", done=0, total=total, created=now, updated=now
            )
        )
    return job_id


def update_job(
    case: Case,
    job_id: str,
    *,
    state: str | None = None,
    done: int | None = None,
    total: int | None = None,
    message: str | None = None,
    result: dict[str, Any] | None = None,
) -> None:
    values: dict[str, Any] = {"updated": _now()}
    if state is not None:
        assert state in STATES, state
        values["state"] = state
    if done is not None:
        values["done"] = done
    if total is not None:
        values["total"] = total
    if message is not None:
        values["message"] = message
    if result is not None:
        values["result"] = json.dumps(result, ensure_ascii=False)
    with writing(case.engine) as conn:
        conn.execute(update(t.jobs).where(t.jobs.c.id == job_id, t.jobs.c.case_id == case.id).values(**values))


def get_job(case: Case, job_id: str) -> Job | None:
    with reading(case.engine) as conn:
        row = conn.execute(select(t.jobs).where(t.jobs.c.id == job_id, t.jobs.c.case_id == case.id)).mappings().first()
    if row is None:
        return None
    return Job(
        id=row["id"],
        case=case.name,
        state=row["state"],
        done=int(row["done"]),
        total=int(row["total"]),
        message=row["message"],
        result=json.loads(row["result"]) if row["result"] else None,
        created=row["created"],
        updated=row["updated"],
    )


def fail_unfinished(case: Case) -> int:
    """Mark jobs left queued or running by a server that stopped as failed; return how many."""
    with writing(case.engine) as conn:
        res = conn.execute(
            update(t.jobs)
            .where(t.jobs.c.case_id == case.id, t.jobs.c.state.in_(("queued", "running")))
            .values(
                state="failed",
                message="the server stopped before the job finished; add the inputs again",
                updated=_now(),
            )
        )
    return int(res.rowcount or 0)
