import { addDays, type Equipment, type EquipmentType, type Unit } from '@safegrid/core';
import { demoUuidV7Keyed } from './demo-ids.js';
import { DAY_MS, shanghaiDay } from './demo-timeframe.js';
import { createRandom, hashString, mixSeed } from './random.js';

/** Units that usually have elevators: crowded places, hospitals, care homes, schools, parks' buildings. */
const ELEVATOR_KINDS: ReadonlySet<Unit['kind']> = new Set(['crowded_place', 'medical', 'elderly_care', 'school', 'park']);
const MAINTAINERS = ['常州通力电梯维保有限公司', '武进迅达电梯工程有限公司', '常州三菱电梯服务有限公司', '江苏奥的斯电梯维保有限公司', '常州康力电梯安装维修有限公司'];
const PLACES = ['1号楼东侧', '1号楼西侧', '主楼大堂', '2号楼1单元', '门诊楼北侧', '裙楼中庭'];

/**
 * The demo's elevators (ADR 0086): units of the kinds above, and those tagged 特种设备, get one to
 * three, drawn from the unit id's own stream (the other streams stay as they were). About a fifth
 * were commissioned more than 15 years ago; inspections fall a year apart, so some are due within
 * the month and a few are overdue on `now`.
 */
export function demoElevatorsOf(units: readonly Unit[], now: Date): Equipment[] {
  const today = shanghaiDay(now.getTime());
  const elevators: Equipment[] = [];
  for (const unit of units) {
    if (!ELEVATOR_KINDS.has(unit.kind) && !unit.riskTags.includes('special_equipment')) continue;
    const random = createRandom(mixSeed(hashString(unit.id), 0x0e1e));
    const count = random.int(1, 3);
    for (let index = 0; index < count; index += 1) {
      const type: EquipmentType = random.weighted({ passenger_elevator: 6, freight_elevator: 2, escalator: unit.kind === 'crowded_place' ? 2 : 0, dumbwaiter: 1 });
      const ageDays = random.int(200, 25 * 365);
      const nextInspectionDate = addDays(today, random.int(-20, 345));
      const createdMs = now.getTime() - random.int(30, 700) * DAY_MS;
      const at = new Date(createdMs).toISOString();
      elevators.push({
        id: demoUuidV7Keyed(createdMs, random, `${unit.id}/elevator/${String(index)}`),
        districtCode: unit.districtCode,
        unitId: unit.id,
        type,
        registrationCode: `梯11苏D${String(random.int(10000, 99999))}(${String(now.getUTCFullYear() - Math.floor(ageDays / 365)).slice(2)})`,
        location: random.pick(PLACES),
        maintenanceCompany: random.pick(MAINTAINERS),
        commissionedOn: addDays(today, -ageDays),
        lastInspectionDate: addDays(nextInspectionDate, -365),
        nextInspectionDate,
        createdAt: at,
        updatedAt: at,
        version: 1,
      });
    }
  }
  return elevators;
}

/** Industrial units that usually run a boiler or forklifts (工贸企业, 危化品单位, 园区, 物流仓储). */
const INDUSTRIAL_KINDS: ReadonlySet<Unit['kind']> = new Set(['enterprise', 'hazardous_chemicals', 'park', 'logistics']);
const BOILER_PLACES = ['锅炉房', '动力车间', '厂区东侧锅炉房'];
const FORKLIFT_PLACES = ['成品仓库', '原料仓库', '装卸区', '车间通道'];

/**
 * The demo's boilers and forklifts (ADR 0097): about a third of industrial units run a boiler and
 * about half run one to three forklifts, from a stream of the unit id separate from the elevators'
 * (so those stay as they were). Inspections fall a year apart, so some are due and a few overdue.
 */
export function demoIndustrialEquipmentOf(units: readonly Unit[], now: Date): Equipment[] {
  const today = shanghaiDay(now.getTime());
  const items: Equipment[] = [];
  for (const unit of units) {
    if (!INDUSTRIAL_KINDS.has(unit.kind)) continue;
    const random = createRandom(mixSeed(hashString(unit.id), 0xb01e));
    const types: EquipmentType[] = [
      ...(random.int(1, 3) === 1 ? ['boiler' as const] : []),
      ...Array.from({ length: random.int(1, 2) === 1 ? random.int(1, 3) : 0 }, () => 'forklift' as const),
    ];
    for (const [index, type] of types.entries()) {
      const nextInspectionDate = addDays(today, random.int(-25, 340));
      const createdMs = now.getTime() - random.int(30, 700) * DAY_MS;
      const at = new Date(createdMs).toISOString();
      const boiler = type === 'boiler';
      items.push({
        id: demoUuidV7Keyed(createdMs, random, `${unit.id}/${type}/${String(index)}`),
        districtCode: unit.districtCode,
        unitId: unit.id,
        type,
        registrationCode: `${boiler ? '锅' : '车'}11苏D${String(random.int(10000, 99999))}(${String(now.getUTCFullYear() - random.int(1, 12)).slice(2)})`,
        location: random.pick(boiler ? BOILER_PLACES : FORKLIFT_PLACES),
        maintenanceCompany: null,
        commissionedOn: addDays(today, -random.int(200, 12 * 365)),
        lastInspectionDate: addDays(nextInspectionDate, -365),
        nextInspectionDate,
        createdAt: at,
        updatedAt: at,
        version: 1,
      });
    }
  }
  return items;
}
