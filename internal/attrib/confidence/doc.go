// Package confidence gives every attribution a probability that it is
// right as it stands — its cue, its source and most of its content as a
// careful reader would mark them — so that a user can hide what is
// doubtful and trust a figure like 0.9 to mean nine in ten.
//
// The model is a logistic regression over what the finished attribution
// shows: its type and kind, its cue word, what its source is (a name, a
// pronoun, a description, none), whether the speaker was resolved, the
// length and shape of its content, where the cue stands, and whether it
// sits inside another attribution. It is trained on out-of-fold output:
// PolNeAR train is split in five, each fifth is analysed by attribution
// models trained on the other four, and every attribution they find is an
// example, labelled by whether it matches the gold (eval.Sound). Training
// on the shipped models' own output on train would teach it the
// confidence of a model reading its training data, which is higher than
// on unseen articles. PolNeAR dev is read once, to report the reliability
// table.
//
// It runs as its own stage after the types (package attrib/kind), and reads
// only the Doc, so it scores the attributions of any attribution stage.
package confidence
