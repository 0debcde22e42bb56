package attrib_test

import "testing"

// BenchmarkEncoderToken measures what attribution does not do: pass each
// token through a contextual encoder the size of MiniLM-L6 (6 layers, 384
// wide, 1,536 inner), the smallest of the encoders that score above
// newsgraph on PolNeAR. It times the dense layers alone (attention and
// everything else would add to it), in plain Go as newsgraph is built, so
// that tokens/s can be set beside BenchmarkPipeline's (cmd/newsgraph):
// the attribution issue allows attribution 30% of analyze.
func BenchmarkEncoderToken(b *testing.B) {
	const layers, width, inner = 6, 384, 1536
	square := weights(width * width)
	up, down := weights(width*inner), weights(inner*width)
	x, h, tmp := make([]float32, width), make([]float32, inner), make([]float32, width)
	for i := range x {
		x[i] = 0.1
	}
	for b.Loop() {
		for range layers {
			for range 4 { // query, key, value and output projections
				dense(square, x, tmp, width)
				x, tmp = tmp, x
			}
			dense(up, x, h, width)
			dense(down, h, x, inner)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// weights are n small, varied numbers.
func weights(n int) []float32 {
	w := make([]float32, n)
	for i := range w {
		w[i] = float32(i%7-3) * 0.001
	}
	return w
}

// dense sets y to w·x, w holding len(y) rows of n.
func dense(w, x, y []float32, n int) {
	for i := range y {
		var s float32
		for j, v := range w[i*n : (i+1)*n] {
			s += v * x[j]
		}
		y[i] = s
	}
}
