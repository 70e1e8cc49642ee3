using ZhuhaiArtisan.Application.Common.Auditing;

namespace ZhuhaiArtisan.DataGenerator;

internal sealed class GeneratorOperation : IOperationContext
{
    public string? OperationName { get; set; } = "GenerateCityData";
}
