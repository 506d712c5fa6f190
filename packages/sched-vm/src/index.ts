// The library API: assemble and disassemble programs, read and write the binary format, and run
// task sets under any policy (or a Scheduler of your own) with full metrics.

export { OPCODES, MEMORY_WORDS, STACK_LIMIT, opcodeByMnemonic, opcodeInfo, type OpcodeInfo, type OperandKind } from './program/isa.ts';
export { formatInstruction, programFromInstructions, type Instruction, type Program } from './program/program.ts';
export { decodeProgram, encodeProgram, SVM_MAGIC, SVM_VERSION, SVM_HEADER_SIZE } from './program/binary.ts';
export { formatDiagnostic, InputError, type Diagnostic } from './program/diagnostic.ts';
export { assembleSource } from './assembler/assemble.ts';
export { disassembleProgram } from './assembler/disassemble.ts';
export { Task, type TaskSpec, type TaskState } from './vm/task.ts';
export { runTasks, IDLE, SWITCHING, type RunOptions, type RunOutcome, type Segment } from './vm/machine.ts';
export { measureBurst } from './vm/measure.ts';
export type { ReadyReason, Scheduler } from './vm/scheduler.ts';
export { TaskQueue } from './vm/queue.ts';
export { TaskHeap, byKeyThenSeq } from './vm/heap.ts';
export { FcfsScheduler } from './schedulers/fcfs.ts';
export { SjfScheduler } from './schedulers/sjf.ts';
export { SrtfScheduler } from './schedulers/srtf.ts';
export { RoundRobinScheduler } from './schedulers/rr.ts';
export { PriorityScheduler, type PriorityOptions } from './schedulers/priority.ts';
export { MlfqScheduler, type MlfqOptions } from './schedulers/mlfq.ts';
export { POLICIES, findPolicy, type PolicyEntry, type PolicyOptions } from './schedulers/registry.ts';
export { reportTask, summarize, type Summary, type TaskReport } from './report/metrics.ts';
export { renderGantt } from './report/gantt.ts';
export { renderMetrics } from './report/text.ts';
export { simulate, traceLine, type SimulateOptions, type SimulationResult } from './simulate.ts';
