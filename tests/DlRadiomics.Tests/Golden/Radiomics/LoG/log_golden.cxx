// Golden images for the LoG image type: ITK's LaplacianRecursiveGaussianImageFilter instantiated as SimpleITK does
// (input image of the file's pixel type, output itk::Image<float, 3>), with NormalizeAcrossScale on, as PyRadiomics'
// imageoperations.getLoGImage calls it.
//
//   log_golden fixtures BRAIN1_IMAGE BRAIN1_LABEL OUT_DIR   writes the two input fixtures
//   log_golden filter INPUT SIGMA OUTPUT                    writes the LoG of INPUT (gzip NRRD, float)
//   log_golden versions                                     prints the ITK and compiler versions
#include <cmath>
#include <cstdint>
#include <iostream>
#include <sstream>
#include <string>

#include "itkImage.h"
#include "itkImageFileReader.h"
#include "itkImageFileWriter.h"
#include "itkImageIOFactory.h"
#include "itkImageRegionIteratorWithIndex.h"
#include "itkLaplacianRecursiveGaussianImageFilter.h"
#include "itkMetaDataObject.h"
#include "itkRegionOfInterestImageFilter.h"
#include "itkVersion.h"

constexpr unsigned int Dimension = 3;
using OutputImage = itk::Image<float, Dimension>;  // SimpleITK: "output_pixel_type" : "float"

static std::string Versions()
{
  std::ostringstream s;
  s << "ITK " << itk::Version::GetITKVersion() << ", g++ " << __VERSION__;
  return s.str();
}

template <typename TImage>
static void Write(typename TImage::Pointer image, const std::string & path, const std::string & note)
{
  itk::EncapsulateMetaData<std::string>(image->GetMetaDataDictionary(), "generator", note + " (" + Versions() + ")");
  auto writer = itk::ImageFileWriter<TImage>::New();
  writer->SetFileName(path);
  writer->SetInput(image);
  writer->UseCompressionOn();
  writer->Update();
}

template <typename TPixel>
static int Filter(const std::string & input, double sigma, const std::string & output)
{
  using InputImage = itk::Image<TPixel, Dimension>;
  auto reader = itk::ImageFileReader<InputImage>::New();
  reader->SetFileName(input);
  auto filter = itk::LaplacianRecursiveGaussianImageFilter<InputImage, OutputImage>::New();
  filter->SetInput(reader->GetOutput());
  filter->SetNormalizeAcrossScale(true);
  filter->SetSigma(sigma);
  filter->Update();
  OutputImage::Pointer result = filter->GetOutput();
  result->DisconnectPipeline();
  std::ostringstream note;
  note.precision(17);
  note << "LaplacianRecursiveGaussianImageFilter sigma " << sigma << " NormalizeAcrossScale 1 of "
       << input.substr(input.find_last_of('/') + 1);
  Write<OutputImage>(result, output, note.str());
  return 0;
}

static int FilterByPixelType(const std::string & input, double sigma, const std::string & output)
{
  auto io = itk::ImageIOFactory::CreateImageIO(input.c_str(), itk::IOFileModeEnum::ReadMode);
  if (!io) { std::cerr << input << ": no ITK reader\n"; return 1; }
  io->SetFileName(input);
  io->ReadImageInformation();
  using C = itk::IOComponentEnum;
  switch (io->GetComponentType())
  {
    case C::UCHAR: return Filter<std::uint8_t>(input, sigma, output);
    case C::SHORT: return Filter<std::int16_t>(input, sigma, output);
    case C::INT: return Filter<std::int32_t>(input, sigma, output);
    case C::FLOAT: return Filter<float>(input, sigma, output);
    case C::DOUBLE: return Filter<double>(input, sigma, output);
    default: std::cerr << input << ": pixel type not handled here\n"; return 1;
  }
}

// A 36 x 36 x 8 block of brain1 (int16) centred on its ROI: PyRadiomics' own test image.
static void Brain1Crop(const std::string & imagePath, const std::string & labelPath, const std::string & outDir)
{
  using Image = itk::Image<std::int16_t, Dimension>;
  using Label = itk::Image<std::int32_t, Dimension>;
  auto label = itk::ReadImage<Label>(labelPath);
  double sum[3] = { 0, 0, 0 };
  double count = 0;
  for (itk::ImageRegionIteratorWithIndex<Label> it(label, label->GetLargestPossibleRegion()); !it.IsAtEnd(); ++it)
    if (it.Get() == 1)
    {
      for (unsigned d = 0; d < 3; d++) sum[d] += it.GetIndex()[d];
      count++;
    }
  const Image::SizeType size = { { 36, 36, 8 } };
  Image::IndexType start;
  for (unsigned d = 0; d < 3; d++) start[d] = std::lround(sum[d] / count) - static_cast<long>(size[d] / 2);
  auto crop = itk::RegionOfInterestImageFilter<Image, Image>::New();
  crop->SetInput(itk::ReadImage<Image>(imagePath));
  crop->SetRegionOfInterest(Image::RegionType(start, size));
  crop->Update();
  Image::Pointer out = crop->GetOutput();
  out->DisconnectPipeline();
  std::ostringstream note;
  note << "brain1_image.nrrd voxels from index " << start[0] << " " << start[1] << " " << start[2] << ", size 36 36 8";
  Write<Image>(out, outDir + "/brain1_crop.nrrd", note.str());
}

// A float32 image with anisotropic spacing and a rotated, non-axis-aligned direction: smooth blobs, a step edge
// touching the border and deterministic pseudo-random texture.
static void Synthetic(const std::string & outDir)
{
  using Image = itk::Image<float, Dimension>;
  auto image = Image::New();
  const Image::SizeType size = { { 28, 22, 10 } };
  image->SetRegions(Image::RegionType(size));
  const double spacing[3] = { 0.6, 0.9, 2.2 };
  image->SetSpacing(spacing);
  const double origin[3] = { -12.5, 30.25, 7.0 };
  image->SetOrigin(origin);
  const double a = 0.3, b = -0.2;  // rotations about z then x
  Image::DirectionType direction;
  const double rz[3][3] = { { std::cos(a), -std::sin(a), 0 }, { std::sin(a), std::cos(a), 0 }, { 0, 0, 1 } };
  const double rx[3][3] = { { 1, 0, 0 }, { 0, std::cos(b), -std::sin(b) }, { 0, std::sin(b), std::cos(b) } };
  for (unsigned r = 0; r < 3; r++)
    for (unsigned c = 0; c < 3; c++)
    {
      double v = 0;
      for (unsigned k = 0; k < 3; k++) v += rz[r][k] * rx[k][c];
      direction[r][c] = v;
    }
  image->SetDirection(direction);
  image->Allocate();
  std::uint32_t state = 12345;
  for (itk::ImageRegionIteratorWithIndex<Image> it(image, image->GetLargestPossibleRegion()); !it.IsAtEnd(); ++it)
  {
    const auto i = it.GetIndex();
    const double x = i[0] * spacing[0], y = i[1] * spacing[1], z = i[2] * spacing[2];
    state = state * 1664525u + 1013904223u;
    const double noise = (state >> 8) / double(1u << 24) - 0.5;
    const double blob1 = 800 * std::exp(-((x - 6) * (x - 6) + (y - 8) * (y - 8) + (z - 9) * (z - 9)) / 18.0);
    const double blob2 = -350 * std::exp(-((x - 11) * (x - 11) + (y - 13) * (y - 13) + (z - 12) * (z - 12)) / 40.0);
    const double step = i[0] >= 20 ? 150 : 0;
    it.Set(static_cast<float>(100 + blob1 + blob2 + step + 40 * noise));
  }
  Write<Image>(image, outDir + "/synthetic_anisotropic.nrrd", "synthetic float32 image, spacing 0.6 0.9 2.2, rotated direction");
}

int main(int argc, char * argv[])
{
  const std::string mode = argc > 1 ? argv[1] : "";
  try
  {
    if (mode == "versions" && argc == 2) { std::cout << Versions() << "\n"; return 0; }
    if (mode == "fixtures" && argc == 5) { Brain1Crop(argv[2], argv[3], argv[4]); Synthetic(argv[4]); return 0; }
    if (mode == "filter" && argc == 5) return FilterByPixelType(argv[2], std::stod(argv[3]), argv[4]);
  }
  catch (const itk::ExceptionObject & e) { std::cerr << e << "\n"; return 1; }
  std::cerr << "usage: log_golden versions | fixtures BRAIN1_IMAGE BRAIN1_LABEL OUT_DIR | filter INPUT SIGMA OUTPUT\n";
  return 2;
}
