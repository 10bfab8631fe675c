// The README's tour: ./noisebook run docs/tour.jsh draws the pictures next to this file.
// (In JShell scripts a line that completes a statement ends it: continue lines with a trailing dot.)
var sd = Schedule.diffusion().scaledLinear(0.00085, 0.012, 1000);
var zero = sd.zeroTerminalSnr();
var cosine = Schedule.diffusion().cosine(1000);
System.out.println(sd);
System.out.println(zero);

Chart.line("Signal kept by three noise schedules (T = 1000)").
    xAxis("timestep t").yAxis("ᾱ_t (fraction of signal variance)").
    series("scaled linear (Stable Diffusion)", sd.alphaBar()).
    series("scaled linear, zero terminal SNR", zero.alphaBar()).
    series("cosine (squaredcos_cap_v2)", cosine.alphaBar()).
    save("tour-alphabar.png");

zero.plot("logSnr").save("tour-logsnr.png");

var lr = Schedule.learningRate(3e-4).linearWarmup(500).
    then(500, Schedule.learningRate(3e-4).cosine(9_500, 1e-5));
System.out.println(lr);
lr.plot(10_000).save("tour-lr.png");

// Data and label noise: 3 Gaussian blobs, 40% pair-flip noise; the realised noise matrix.
var data = Data.blobs(3).features(2).samples(900).seed(7);
System.out.println(data);
var noisy = Noise.labels().pairFlip(0.4).seed(1).apply(data.source());
System.out.println(noisy.noiseMatrix());
noisy.noiseMatrix().heatmap().save("tour-noise.png");
System.out.println(Noise.labels().pairFlip(0.4).matrix(3).learnability());

// Losses: values and gradients checked against torch; per-example ones train Tribuo models.
var sce = Loss.symmetricCE(0.1, 1.0);
System.out.println(sce + " at z = (2, 0.5, -1), y = 0: " + sce.value(new double[] {2, 0.5, -1}, 0));
System.out.println(Loss.crossEntropy().plus(Loss.logZSquared(1e-4)));
System.out.println(Loss.preference().rdpo(0.1, 0.2));
System.out.println(Loss.contrastive().infoNce(0.07).symmetric());

// Linear Tribuo models trained with DSL losses, an optimiser and a schedule, on 40% noisy labels;
// accuracy on the clean test labels.
var split = Data.blobs(4).features(2).spread(2).samples(1000).seed(3).split(0.5, 3);
var noisyTrain = Noise.labels().symmetric(0.4).seed(3).apply(split.train().source());
var sgd = Optim.sgd(Schedule.learningRate(0.05).cosine(15_000, 0)).momentum(0.5);
var evaluator = new org.tribuo.classification.evaluation.LabelEvaluator();
for (var loss : List.of(Loss.crossEntropy(), Loss.generalizedCE(0.7))) {
    var model = Model.linear().loss(loss).optimiser(sgd).epochs(30).seed(3);
    var accuracy = evaluator.evaluate(model.train(noisyTrain), split.test().dataset()).accuracy();
    System.out.println(model + " -> clean test accuracy " + accuracy);
}

// The DSL's own mini-batch loop (fit): per-epoch history, accuracy on noisy and clean labels,
// memorisation. In 50 dimensions a linear model can memorise flipped labels; ELR keeps it from it.
var wide = Data.blobs(4).features(50).spread(3).samples(400).seed(1).split(0.5, 1);
var noisyWide = new org.tribuo.MutableDataset<>(
    Noise.labels().symmetric(0.4).seed(1).apply(wide.train().source()));
var recipe = Model.linear().optimiser(Optim.adam(0.05)).epochs(100).batch(32).seed(1);
System.out.println("CE:  " + recipe.loss(Loss.crossEntropy()).fit(noisyWide).evaluate(wide.test().dataset()));
System.out.println("ELR: " + recipe.loss(Loss.elr(3, 0.7)).fit(noisyWide).evaluate(wide.test().dataset()));
