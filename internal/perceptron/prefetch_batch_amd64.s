#include "textflag.h"

// func slotsPrefetch(slots unsafe.Pointer, nslots uint64, feats, at []uint64)
//
// For each feature key, its first slot (featureIndex.slot: the key times
// the golden ratio's constant, scaled to the table by the high half of a
// product) into at, and a prefetch of that slot. len(at) >= len(feats).
TEXT ·slotsPrefetch(SB), NOSPLIT, $0-64
	MOVQ slots+0(FP), DI
	MOVQ nslots+8(FP), R9
	MOVQ feats_base+16(FP), SI
	MOVQ feats_len+24(FP), CX
	MOVQ at_base+40(FP), R10
	MOVQ $0x9e3779b97f4a7c15, R8
	TESTQ CX, CX
	JEQ  done
loop:
	MOVQ (SI), AX
	IMULQ R8, AX
	MULQ R9 // DX:AX = AX * nslots; DX is the slot
	MOVQ DX, (R10)
	SHLQ $4, DX // 16 bytes a slot
	PREFETCHT0 (DI)(DX*1)
	ADDQ $8, SI
	ADDQ $8, R10
	DECQ CX
	JNE  loop
done:
	RET

// func rowsPrefetch(rows []row, dense, sparse unsafe.Pointer, denseBytes uint64)
//
// A prefetch of the first cache line of each row's weights, and of the
// second when the row runs onto it: a dense row is denseBytes long at
// dense + 4·off, a sparse one 8·n bytes at sparse + 8·off, an empty one
// nothing.
TEXT ·rowsPrefetch(SB), NOSPLIT, $0-48
	MOVQ rows_base+0(FP), SI
	MOVQ rows_len+8(FP), CX
	MOVQ dense+24(FP), DI
	MOVQ sparse+32(FP), R8
	MOVQ denseBytes+40(FP), R9
	TESTQ CX, CX
	JEQ  done
loop:
	MOVL 0(SI), AX // off
	MOVL 4(SI), BX // n
	CMPL BX, $0xffffffff
	JNE  sparse
	LEAQ (DI)(AX*4), DX
	MOVQ R9, BX
	JMP  fetch
sparse:
	TESTL BX, BX
	JEQ  next
	LEAQ (R8)(AX*8), DX
	SHLQ $3, BX
fetch:
	PREFETCHT0 (DX)
	MOVQ DX, R10
	ANDQ $63, R10
	ADDQ BX, R10
	CMPQ R10, $64
	JLE  next
	PREFETCHT0 64(DX)
next:
	ADDQ $8, SI
	DECQ CX
	JNE  loop
done:
	RET

// func lookupRows(slots unsafe.Pointer, nslots uint64, feats, at []uint64, rows []row, zero row, hasZero bool) int
//
// featureIndex.get for each of feats, probing from at[i] (its first
// slot), the rows found written to rows in order; it returns how many.
// A slot is sixteen bytes: the key, then the row. The key 0 marks an
// empty slot, so the row of key 0 is zero when hasZero is set. len(at)
// and len(rows) are at least len(feats).
TEXT ·lookupRows(SB), NOSPLIT, $0-112
	MOVQ slots+0(FP), DI
	MOVQ nslots+8(FP), R9
	MOVQ feats_base+16(FP), SI
	MOVQ feats_len+24(FP), CX
	MOVQ at_base+40(FP), R10
	MOVQ rows_base+64(FP), R11
	XORQ R12, R12
	TESTQ CX, CX
	JEQ  done
feat:
	MOVQ (SI), AX
	TESTQ AX, AX
	JEQ  zerokey
	MOVQ (R10), BX
probe:
	MOVQ BX, DX
	SHLQ $4, DX
	MOVQ (DI)(DX*1), R8
	CMPQ R8, AX
	JEQ  found
	TESTQ R8, R8
	JEQ  next
	INCQ BX
	CMPQ BX, R9
	JNE  probe
	XORQ BX, BX
	JMP  probe
found:
	MOVQ 8(DI)(DX*1), R8
	MOVQ R8, (R11)(R12*8)
	INCQ R12
	JMP  next
zerokey:
	CMPB hasZero+96(FP), $0
	JEQ  next
	MOVL zero_off+88(FP), R8
	MOVL zero_n+92(FP), R13
	MOVL R8, (R11)(R12*8)
	MOVL R13, 4(R11)(R12*8)
	INCQ R12
next:
	ADDQ $8, SI
	ADDQ $8, R10
	DECQ CX
	JNE  feat
done:
	MOVQ R12, ret+104(FP)
	RET
