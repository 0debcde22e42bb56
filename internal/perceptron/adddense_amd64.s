#include "textflag.h"

// func addDense(scores, ws []float32)
//
// It adds ws to scores up to the shorter's length. ADDPS and VADDPS
// round each lane as ADDSS, the scalar add Go compiles float32 addition
// to, so the sums are the same to the bit whichever path runs. The
// choice between AVX and SSE is made here rather than in Go, where a
// function that calls one of two others is too costly to inline and the
// extra call cost a tenth of what the adds do.
TEXT ·addDense(SB), NOSPLIT, $0-48
	MOVQ scores_base+0(FP), DI
	MOVQ scores_len+8(FP), CX
	MOVQ ws_base+24(FP), SI
	MOVQ ws_len+32(FP), DX
	CMPQ DX, CX
	JGE  pick
	MOVQ DX, CX // never read past ws
pick:
	CMPB ·hasAVX(SB), $0
	JNE  thirtytwo

// SSE: eight weights a round in two registers (SSE2 is in every amd64),
// then one at a time.
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

// AVX: thirty-two weights a round in four YMM registers, then eight,
// then four in an XMM register, then one at a time: a row of 103 weights
// takes three rounds, one of four and three single adds.
thirtytwo:
	CMPQ CX, $32
	JLT  avxeight
	VMOVUPS (DI), Y0
	VMOVUPS 32(DI), Y1
	VMOVUPS 64(DI), Y2
	VMOVUPS 96(DI), Y3
	VADDPS  (SI), Y0, Y0
	VADDPS  32(SI), Y1, Y1
	VADDPS  64(SI), Y2, Y2
	VADDPS  96(SI), Y3, Y3
	VMOVUPS Y0, (DI)
	VMOVUPS Y1, 32(DI)
	VMOVUPS Y2, 64(DI)
	VMOVUPS Y3, 96(DI)
	ADDQ    $128, DI
	ADDQ    $128, SI
	SUBQ    $32, CX
	JMP     thirtytwo
avxeight:
	CMPQ    CX, $8
	JLT     four
	VMOVUPS (DI), Y0
	VADDPS  (SI), Y0, Y0
	VMOVUPS Y0, (DI)
	ADDQ    $32, DI
	ADDQ    $32, SI
	SUBQ    $8, CX
	JMP     avxeight
four:
	VZEROUPPER // the rest is SSE, which must not find the upper halves dirty
	CMPQ    CX, $4
	JLT     one
	MOVUPS  (DI), X0
	MOVUPS  (SI), X1
	ADDPS   X1, X0
	MOVUPS  X0, (DI)
	ADDQ    $16, DI
	ADDQ    $16, SI
	SUBQ    $4, CX
	JMP     one // the single adds are the SSE path's
