using ZhuhaiArtisan.DataGenerator;

GeneratorOptions? options;
try
{
    options = GeneratorOptions.Parse(args);
}
catch (ArgumentException exception)
{
    await Console.Error.WriteLineAsync(exception.Message);
    await Console.Error.WriteLineAsync(GeneratorOptions.Usage);
    return 2;
}

if (options is null)
{
    Console.WriteLine(GeneratorOptions.Usage);
    return 0;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

var environment = GeneratorConfiguration.EnvironmentName(options);
var configuration = GeneratorConfiguration.Build(environment);
try
{
    await new CityDataGenerator(options, configuration, environment, Console.Out).RunAsync(cancellation.Token);
    return 0;
}
catch (GenerationException exception)
{
    await Console.Error.WriteLineAsync(exception.Message);
    return 1;
}
