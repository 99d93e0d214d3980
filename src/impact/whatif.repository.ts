import type { GraphGateway } from '../db/gateway';
import type { AgencyModel } from '../agency/agency.model';
import type { GoalModel } from '../goal/goal.model';
import type { IndicatorModel } from '../indicator/indicator.model';
import { toNodeModel, type NodeModel } from '../node/node.model';
import type { TaskModel } from '../task/task.model';

type Row = { labels: string[]; props: Record<string, unknown> };
const asModels = <T extends NodeModel>(rows: Row[]): T[] => rows.map((r) => toNodeModel(r.labels, r.props)).filter((m): m is T => m !== null);
const NODE = (v: string) => `{labels: labels(${v}), props: properties(${v})}`;

/** What an agency's dissolution leaves: sole-owned tasks and indicators, shared ones, participations. */
export async function agencyDissolution(db: GraphGateway, agencyId: string) {
  return db.readTx(async (tx) => {
    const owned = await db.run<{ node: Row; owners: number }>(tx, {
      cypher: `MATCH (x)-[:OWNED_BY]->(:Agency {id: $id}) WHERE x:Task OR x:Indicator
               RETURN ${NODE('x')} AS node, COUNT { (x)-[:OWNED_BY]->(:Agency) } AS owners ORDER BY x.ord, x.id`,
      params: { id: agencyId },
    }, 'READ');
    const involved = await db.run<{ node: Row }>(tx, {
      cypher: `MATCH (t:Task)-[:INVOLVES]->(a:Agency {id: $id}) WHERE NOT (t)-[:OWNED_BY]->(a) RETURN ${NODE('t')} AS node ORDER BY t.ord, t.id`,
      params: { id: agencyId },
    }, 'READ');
    const sole = owned.filter((r) => r.owners === 1).map((r) => r.node);
    const shared = owned.filter((r) => r.owners > 1).map((r) => r.node);
    return {
      tasksLosingOnlyOwner: asModels<TaskModel>(sole.filter((n) => n.labels.includes('Task'))),
      indicatorsLosingOnlyOwner: asModels<IndicatorModel>(sole.filter((n) => n.labels.includes('Indicator'))),
      tasksKeepingAnOwner: asModels<TaskModel>(shared.filter((n) => n.labels.includes('Task'))),
      tasksLosingAParticipant: asModels<TaskModel>(involved.map((r) => r.node)),
    };
  });
}

/** What dropping a task and its sub-tasks leaves: goals and indicators that lose all (or some) tasks. */
export async function taskDrop(db: GraphGateway, taskId: string) {
  return db.readTx(async (tx) => {
    const [{ dropped }] = await db.run<{ dropped: Row[] }>(tx, {
      cypher: `MATCH (t:Task {id: $id}) MATCH (d:Task)-[:PART_OF*0..12]->(t) WITH DISTINCT d ORDER BY d.ord RETURN collect(${NODE('d')}) AS dropped`,
      params: { id: taskId },
    }, 'READ');
    const droppedIds = dropped.map((d) => d.props.id as string);
    const goals = await db.run<{ node: Row; remaining: number }>(tx, {
      cypher: `MATCH (d:Task)-[:SUPPORTS]->(g:Goal) WHERE d.id IN $ids WITH DISTINCT g
               RETURN ${NODE('g')} AS node, COUNT { (o:Task)-[:SUPPORTS]->(g) WHERE NOT o.id IN $ids } AS remaining ORDER BY g.ord`,
      params: { ids: droppedIds },
    }, 'READ');
    const indicators = await db.run<{ node: Row }>(tx, {
      cypher: `MATCH (d:Task)-[:MOVES]->(i:Indicator) WHERE d.id IN $ids WITH DISTINCT i
               WHERE NOT EXISTS { (o:Task)-[:MOVES]->(i) WHERE NOT o.id IN $ids } RETURN ${NODE('i')} AS node ORDER BY i.ord`,
      params: { ids: droppedIds },
    }, 'READ');
    return {
      dropped: asModels<TaskModel>(dropped),
      goalsLosingAllSupport: asModels<GoalModel>(goals.filter((g) => g.remaining === 0).map((g) => g.node)),
      goalsLosingSomeSupport: asModels<GoalModel>(goals.filter((g) => g.remaining > 0).map((g) => g.node)),
      indicatorsLosingEveryTask: asModels<IndicatorModel>(indicators.map((r) => r.node)),
    };
  });
}

/** What amending a law reaches: the tasks resting on it (with sub-tasks), their agencies and indicators. */
export async function lawAmendment(db: GraphGateway, lawId: string) {
  return db.readTx(async (tx) => {
    const [row] = await db.run<{ tasks: Row[]; leads: Row[]; participants: Row[]; indicators: Row[] }>(tx, {
      cypher: `MATCH (:Law {id: $id})<-[:BASED_ON]-(t:Task)
               MATCH (d:Task)-[:PART_OF*0..12]->(t)
               WITH collect(DISTINCT d) AS tasks
               CALL { WITH tasks UNWIND tasks AS t MATCH (t)-[:OWNED_BY]->(a:Agency) WITH DISTINCT a ORDER BY a.id RETURN collect(${NODE('a')}) AS leads }
               CALL { WITH tasks UNWIND tasks AS t MATCH (t)-[:INVOLVES]->(a:Agency) WITH DISTINCT a ORDER BY a.id RETURN collect(${NODE('a')}) AS participants }
               CALL { WITH tasks UNWIND tasks AS t MATCH (t)-[:MOVES]->(i:Indicator) WITH DISTINCT i ORDER BY i.ord RETURN collect(${NODE('i')}) AS indicators }
               RETURN [t IN tasks | ${NODE('t')}] AS tasks, leads, participants, indicators`,
      params: { id: lawId },
    }, 'READ');
    const tasks = asModels<TaskModel>(row?.tasks ?? []).sort((a, b) => (a.ord ?? 0) - (b.ord ?? 0));
    return {
      tasks,
      leadAgencies: asModels<AgencyModel>(row?.leads ?? []),
      participatingAgencies: asModels<AgencyModel>(row?.participants ?? []),
      indicators: asModels<IndicatorModel>(row?.indicators ?? []),
    };
  });
}
