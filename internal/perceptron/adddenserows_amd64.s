#include "textflag.h"

// func addDenseRowsAVX(scores, dense []float32, offs []uint32)
//
// It adds to scores, in order, each row dense[off:off+len(scores)] for
// off in offs; len(scores) is at least 8. The scores stay in registers
// while every row is added: ninety-six lanes at a time in twelve YMM
// registers, then eight at a time, and the last fewer than eight as the
// eight lanes that end the row, begun from the scores as they were on
// entry (kept in Y15), so that the lanes it shares with the round before
// get the same sums again rather than the rows twice. Each lane is
// added to in the order of offs, one VADDPS per row, rounded as ADDSS
// rounds: the bits Go's own additions give.
TEXT ·addDenseRowsAVX(SB), NOSPLIT, $0-72
	MOVQ scores_base+0(FP), DI
	MOVQ scores_len+8(FP), CX
	MOVQ dense_base+24(FP), SI
	MOVQ offs_base+48(FP), R8
	MOVQ offs_len+56(FP), R9
	VMOVUPS -32(DI)(CX*4), Y15 // the last eight scores, as they are now
	XORQ BX, BX                // the first lane of the round

ninetysix:
	LEAQ 96(BX), AX
	CMPQ AX, CX
	JGT  eight
	LEAQ (DI)(BX*4), DX
	VMOVUPS (DX), Y0
	VMOVUPS 32(DX), Y1
	VMOVUPS 64(DX), Y2
	VMOVUPS 96(DX), Y3
	VMOVUPS 128(DX), Y4
	VMOVUPS 160(DX), Y5
	VMOVUPS 192(DX), Y6
	VMOVUPS 224(DX), Y7
	VMOVUPS 256(DX), Y8
	VMOVUPS 288(DX), Y9
	VMOVUPS 320(DX), Y10
	VMOVUPS 352(DX), Y11
	XORQ R10, R10
rows96:
	CMPQ R10, R9
	JGE  store96
	MOVL (R8)(R10*4), R11
	ADDQ BX, R11
	LEAQ (SI)(R11*4), R11
	VADDPS (R11), Y0, Y0
	VADDPS 32(R11), Y1, Y1
	VADDPS 64(R11), Y2, Y2
	VADDPS 96(R11), Y3, Y3
	VADDPS 128(R11), Y4, Y4
	VADDPS 160(R11), Y5, Y5
	VADDPS 192(R11), Y6, Y6
	VADDPS 224(R11), Y7, Y7
	VADDPS 256(R11), Y8, Y8
	VADDPS 288(R11), Y9, Y9
	VADDPS 320(R11), Y10, Y10
	VADDPS 352(R11), Y11, Y11
	INCQ R10
	JMP  rows96
store96:
	VMOVUPS Y0, (DX)
	VMOVUPS Y1, 32(DX)
	VMOVUPS Y2, 64(DX)
	VMOVUPS Y3, 96(DX)
	VMOVUPS Y4, 128(DX)
	VMOVUPS Y5, 160(DX)
	VMOVUPS Y6, 192(DX)
	VMOVUPS Y7, 224(DX)
	VMOVUPS Y8, 256(DX)
	VMOVUPS Y9, 288(DX)
	VMOVUPS Y10, 320(DX)
	VMOVUPS Y11, 352(DX)
	MOVQ AX, BX
	JMP  ninetysix

eight:
	LEAQ 8(BX), AX
	CMPQ AX, CX
	JGT  tail
	VMOVUPS (DI)(BX*4), Y0
	XORQ R10, R10
rows8:
	CMPQ R10, R9
	JGE  store8
	MOVL (R8)(R10*4), R11
	ADDQ BX, R11
	VADDPS (SI)(R11*4), Y0, Y0
	INCQ R10
	JMP  rows8
store8:
	VMOVUPS Y0, (DI)(BX*4)
	MOVQ AX, BX
	JMP  eight

tail:
	CMPQ BX, CX
	JGE  done
	LEAQ -8(CX), BX // the last eight lanes, from the scores on entry
	XORQ R10, R10
rowstail:
	CMPQ R10, R9
	JGE  storetail
	MOVL (R8)(R10*4), R11
	ADDQ BX, R11
	VADDPS (SI)(R11*4), Y15, Y15
	INCQ R10
	JMP  rowstail
storetail:
	VMOVUPS Y15, (DI)(BX*4)

done:
	VZEROUPPER
	RET
