using System.Reflection;
using NetArchTest.Rules;

namespace ZhuhaiArtisan.ArchitectureTests;

/// <summary>Dependencies point inwards (DESIGN §3), and use cases are named as the style guide says.</summary>
public sealed class LayerTests
{
    private static readonly Assembly Domain = typeof(ZhuhaiArtisan.Domain.Common.AggregateRoot).Assembly;
    private static readonly Assembly Application = typeof(ZhuhaiArtisan.Application.DependencyInjection).Assembly;
    private static readonly Assembly Infrastructure = typeof(ZhuhaiArtisan.Infrastructure.DependencyInjection).Assembly;

    [Fact]
    public void Domain_DependsOnNothingElse()
    {
        var result = Types.InAssembly(Domain).ShouldNot()
            .HaveDependencyOnAny("ZhuhaiArtisan.Application", "ZhuhaiArtisan.Infrastructure", "ZhuhaiArtisan.Api", "Microsoft.EntityFrameworkCore", "Mediator", "FluentValidation", "Microsoft.AspNetCore")
            .GetResult();

        Assert.True(result.IsSuccessful, Failing(result));
        Assert.DoesNotContain(Domain.GetReferencedAssemblies(), a => a.Name!.StartsWith("ZhuhaiArtisan", StringComparison.Ordinal));
    }

    [Fact]
    public void Application_DoesNotDependOnInfrastructureOrApi()
    {
        var result = Types.InAssembly(Application).ShouldNot()
            .HaveDependencyOnAny("ZhuhaiArtisan.Infrastructure", "ZhuhaiArtisan.Api", "Microsoft.AspNetCore")
            .GetResult();

        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Fact]
    public void Infrastructure_DoesNotDependOnApi()
    {
        var result = Types.InAssembly(Infrastructure).ShouldNot().HaveDependencyOn("ZhuhaiArtisan.Api").GetResult();

        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Fact]
    public void Handlers_AreSealed_AndNamedAfterTheirMessage()
    {
        var handlers = Application.GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.Namespace == "Mediator" && i.Name.Contains("Handler", StringComparison.Ordinal)))
            .ToList();

        Assert.NotEmpty(handlers);
        foreach (var handler in handlers)
        {
            Assert.True(handler.IsSealed, $"{handler.Name} should be sealed");
            Assert.EndsWith("Handler", handler.Name, StringComparison.Ordinal);
            var message = handler.GetInterfaces().First(i => i.IsGenericType && i.Namespace == "Mediator").GetGenericArguments()[0];
            Assert.Equal(message.Name + "Handler", handler.Name);
            Assert.Equal(message.Namespace, handler.Namespace);
        }
    }

    [Fact]
    public void Validators_AreNamedAfterWhatTheyValidate()
    {
        var result = Types.InAssembly(Application).That().Inherit(typeof(FluentValidation.AbstractValidator<>))
            .Should().HaveNameEndingWith("Validator").And().BeSealed().GetResult();

        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Fact]
    public void CommandsAndQueries_AreSealedRecords()
    {
        var messages = Application.GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.Namespace == "Mediator" && (i.Name == "ICommand`1" || i.Name == "IQuery`1")))
            .ToList();

        Assert.NotEmpty(messages);
        foreach (var message in messages)
        {
            Assert.True(message.IsSealed, $"{message.Name} should be sealed");
            Assert.True(message.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance) is not null, $"{message.Name} should be a record");
            Assert.True(message.Name.EndsWith("Command", StringComparison.Ordinal) || message.Name.EndsWith("Query", StringComparison.Ordinal), message.Name);
        }
    }

    private static string Failing(NetArchTest.Rules.TestResult result) =>
        string.Join(", ", result.FailingTypeNames ?? []);
}
