#include "textflag.h"

// func addDense(scores, ws []float32)
//
// Eight weights a round in two SSE registers (SSE2 is in every amd64),
// then one at a time. ADDPS rounds each lane as ADDSS, the scalar add Go
// compiles float32 addition to, so the sums are the same to the bit.
TEXT ·addDense(SB), NOSPLIT, $0-48
	MOVQ scores_base+0(FP), DI
	MOVQ scores_len+8(FP), CX
	MOVQ ws_base+24(FP), SI
	MOVQ ws_len+32(FP), DX
	CMPQ DX, CX
	JGE  eight
	MOVQ DX, CX // never read past ws
eight:
	CMPQ CX, $8
	JLT  one
	MOVUPS (DI), X0
	MOVUPS 16(DI), X1
	MOVUPS (SI), X2
	MOVUPS 16(SI), X3
	ADDPS X2, X0
	ADDPS X3, X1
	MOVUPS X0, (DI)
	MOVUPS X1, 16(DI)
	ADDQ $32, DI
	ADDQ $32, SI
	SUBQ $8, CX
	JMP  eight
one:
	TESTQ CX, CX
	JEQ   done
	MOVSS (DI), X0
	ADDSS (SI), X0
	MOVSS X0, (DI)
	ADDQ  $4, DI
	ADDQ  $4, SI
	DECQ  CX
	JMP   one
done:
	RET
