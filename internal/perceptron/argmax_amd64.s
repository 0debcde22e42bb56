#include "textflag.h"

// func argMaxAVX2(scores []float32) int
//
// The index of the first of the highest scores; len(scores) is at least
// 8. One pass takes the maximum, eight lanes at a time (the last eight
// scores first, so that a length not a multiple of eight needs no tail),
// then folds the eight lanes into one and spreads it to all; a second
// pass finds the first score equal to it. It returns -1 if none is (a NaN
// among the scores).
TEXT ·argMaxAVX2(SB), NOSPLIT, $0-32
	MOVQ scores_base+0(FP), SI
	MOVQ scores_len+8(FP), CX
	VMOVUPS -32(SI)(CX*4), Y0 // the last eight
	XORQ BX, BX
max:
	LEAQ 8(BX), AX
	CMPQ AX, CX
	JGT  fold
	VMAXPS (SI)(BX*4), Y0, Y0
	MOVQ AX, BX
	JMP  max
fold:
	VEXTRACTF128 $1, Y0, X1
	VMAXPS X1, X0, X0
	VPERMILPS $0x4e, X0, X1 // the halves' pairs swapped
	VMAXPS X1, X0, X0
	VPERMILPS $0xb1, X0, X1 // the pairs' scores swapped
	VMAXPS X1, X0, X0
	VBROADCASTSS X0, Y0
	XORQ BX, BX
find:
	LEAQ 8(BX), AX
	CMPQ AX, CX
	JGT  last
	VCMPPS $0, (SI)(BX*4), Y0, Y1 // equal
	VMOVMSKPS Y1, DX
	TESTL DX, DX
	JNE  found
	MOVQ AX, BX
	JMP  find
last:
	// The last eight, which overlap scores already compared and found
	// lower: the first equal lane is a new one.
	LEAQ -8(CX), BX
	VCMPPS $0, (SI)(BX*4), Y0, Y1
	VMOVMSKPS Y1, DX
	TESTL DX, DX
	JNE  found
	MOVQ $-1, BX
	JMP  done
found:
	BSFL DX, DX
	ADDQ DX, BX
done:
	VZEROUPPER
	MOVQ BX, ret+24(FP)
	RET
