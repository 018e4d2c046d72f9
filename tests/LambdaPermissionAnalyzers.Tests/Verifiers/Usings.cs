global using static LambdaPermissionAnalyzers.Tests.Verifiers.CSharpVerifier;
global using LambdaPermissionAnalyzers.Tests.Verifiers;
global using System.Threading.Tasks;
global using Xunit;
