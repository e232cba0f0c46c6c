// Times ITK's LaplacianRecursiveGaussianImageFilter (as SimpleITK instantiates it for PyRadiomics' LoG image type:
// input pixel type short, output float, NormalizeAcrossScale on) on one thread.
//   itk_log_timing IMAGE.nrrd   prints "versions\t..." and "LaplacianOfGaussianSigma<σ>\t<median ms of 7 runs>"
#include <algorithm>
#include <chrono>
#include <iostream>
#include <vector>

#include "itkImage.h"
#include "itkImageFileReader.h"
#include "itkLaplacianRecursiveGaussianImageFilter.h"
#include "itkMultiThreaderBase.h"
#include "itkVersion.h"

int main(int argc, char * argv[])
{
  if (argc != 2) { std::cerr << "usage: itk_log_timing IMAGE.nrrd\n"; return 2; }
  itk::MultiThreaderBase::SetGlobalDefaultNumberOfThreads(1);
  using InputImage = itk::Image<short, 3>;
  using OutputImage = itk::Image<float, 3>;
  auto reader = itk::ImageFileReader<InputImage>::New();
  reader->SetFileName(argv[1]);
  reader->Update();
  InputImage::Pointer image = reader->GetOutput();
  std::cout << "versions\tITK " << itk::Version::GetITKVersion() << ", g++ " << __VERSION__ << ", 1 thread\n";
  for (double sigma : {1.0, 3.0})
  {
    std::vector<double> ms;
    for (int run = 0; run < 8; ++run)
    {
      auto filter = itk::LaplacianRecursiveGaussianImageFilter<InputImage, OutputImage>::New();
      filter->SetInput(image);
      filter->SetNormalizeAcrossScale(true);
      filter->SetSigma(sigma);
      auto start = std::chrono::steady_clock::now();
      filter->Update();
      auto stop = std::chrono::steady_clock::now();
      if (run > 0) ms.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
    }
    std::sort(ms.begin(), ms.end());
    std::cout << "LaplacianOfGaussianSigma" << static_cast<int>(sigma) << "\t" << ms[ms.size() / 2] << "\n";
  }
  return 0;
}
