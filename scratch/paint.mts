import { benchBoardPaint } from '../bench/board-paint-bench';
const small = await benchBoardPaint(100);
const big = await benchBoardPaint(10_000);
console.log(small, big, (big.medianMs / small.medianMs).toFixed(2), (big.tableMedianMs / small.tableMedianMs).toFixed(2));
